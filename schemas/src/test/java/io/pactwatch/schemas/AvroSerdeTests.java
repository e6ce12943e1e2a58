package io.pactwatch.schemas;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AvroSerdeTests {

	@Test
	void everyRecordTypeSurvivesARoundTrip() {
		assertRoundTrip(Article.class, SampleRecords.article());
		assertRoundTrip(MilestoneMention.class, SampleRecords.mention());
		assertRoundTrip(MilestoneEvent.class, SampleRecords.event());
		assertRoundTrip(Agreement.class, SampleRecords.agreement());
	}

	@Test
	void writesTheSingleObjectHeaderWithTheSchemaFingerprint() {
		byte[] bytes = AvroSerde.of(Article.class).serialize("t", SampleRecords.article());

		assertThat(bytes[0]).isEqualTo((byte) 0xC3);
		assertThat(bytes[1]).isEqualTo((byte) 0x01);
		long fingerprint = 0;
		for (int i = 9; i >= 2; i--) {
			fingerprint = (fingerprint << 8) | (bytes[i] & 0xFF);
		}
		assertThat(fingerprint)
			.isEqualTo(org.apache.avro.SchemaNormalization.parsingFingerprint64(Article.getClassSchema()));
	}

	@Test
	void readsAnArticleWrittenWithTheFirstReleasedSchemaWithoutSources() throws Exception {
		Schema v1 = SchemaHistory.versionsOf("Article").get(0);
		assertThat(v1.getField("sources")).as("v1 predates the sources").isNull();
		GenericRecord written = new GenericRecordBuilder(v1).set("id", "a-old")
			.set("title", "Pact signed")
			.set("body", "They signed it.")
			.set("receivedAt", 1_500_000_000_000L)
			.set("contentHash", "00ff")
			.build();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(written, out);

		Article read = AvroSerde.of(Article.class).deserialize("t", out.toByteArray());

		assertThat(read.getId()).isEqualTo("a-old");
		assertThat(read.getContentHash()).isEqualTo("00ff");
		assertThat(read.getSources()).isEmpty();
	}

	@Test
	void readsAMilestoneEventWrittenWithTheFirstReleasedSchema() throws Exception {
		Schema v1 = SchemaHistory.versionsOf("MilestoneEvent").get(0);
		assertThat(v1.getField("termStart")).as("v1 predates the term fields").isNull();
		GenericRecord written = new GenericRecordBuilder(v1).set("eventId", "e-old")
			.set("agreementId", "ag-1")
			.set("parties", List.of("CHN", "RUS"))
			.set("milestone", new GenericData.EnumSymbol(v1.getField("milestone").schema(), "SIGNED"))
			.set("status", new GenericData.EnumSymbol(v1.getField("status").schema(), "EXPECTED"))
			.set("evidence", "China and Russia are expected to sign a space pact.")
			.set("firstSeenArticleId", "a-old")
			.set("confidence", 0.7)
			.set("occurredAt", 1_500_000_000_000L)
			.build();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(written, out);

		MilestoneEvent read = AvroSerde.of(MilestoneEvent.class).deserialize("t", out.toByteArray());

		assertThat(read.getEventId()).isEqualTo("e-old");
		assertThat(read.getMilestone()).isEqualTo(Milestone.SIGNED);
		assertThat(read.getStatus()).isEqualTo(MilestoneStatus.EXPECTED);
		assertThat(read.getParties()).containsExactly("CHN", "RUS");
		assertThat(read.getTermStart()).isNull();
		assertThat(read.getPreviousDate()).isNull();
	}

	@Test
	void rejectsABadMarkerByte() {
		byte[] bytes = serializedArticle();
		bytes[0] = 0x00;
		assertCorrupt(bytes, "Not an Avro single-object encoded Article");
	}

	@Test
	void rejectsABadVersionByte() {
		byte[] bytes = serializedArticle();
		bytes[1] = 0x02;
		assertCorrupt(bytes, "Not an Avro single-object encoded Article");
	}

	@Test
	void rejectsAnUnknownSchemaFingerprint() {
		byte[] bytes = serializedArticle();
		bytes[4] ^= 0x5A;
		assertCorrupt(bytes, "Unknown writer schema for Article");
	}

	@Test
	void rejectsATruncatedPayload() {
		byte[] bytes = serializedArticle();
		assertCorrupt(Arrays.copyOf(bytes, 14), "Corrupt Article");
	}

	@Test
	void rejectsARecordOfAnotherType() {
		byte[] mention = AvroSerde.of(MilestoneMention.class).serialize("t", SampleRecords.mention());
		assertCorrupt(mention, "Unknown writer schema for Article");
	}

	@Test
	void rejectsPlainText() {
		assertCorrupt("{\"title\":\"not avro\"}".getBytes(), "Not an Avro single-object encoded Article");
	}

	@Test
	void passesTombstonesThrough() {
		AvroSerde<Agreement> serde = AvroSerde.of(Agreement.class);
		assertThat(serde.serialize("t", null)).isNull();
		assertThat(serde.deserialize("t", null)).isNull();
	}

	@Test
	void isConfiguredByClassNameLikeAnyKafkaSerde() {
		AvroSerde<Article> serde = new AvroSerde<>();
		serde.configure(Map.of(AvroSerde.VALUE_TYPE_CONFIG, Article.class.getName()), false);

		assertThat(serde.deserialize("t", serde.serialize("t", SampleRecords.article())))
			.isEqualTo(SampleRecords.article());
	}

	@Test
	void refusesToStartWithoutARecordType() {
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> new AvroSerde<Article>().configure(Map.of(), false))
			.withMessageContaining(AvroSerde.VALUE_TYPE_CONFIG);
	}

	private static byte[] serializedArticle() {
		return AvroSerde.of(Article.class).serialize("t", SampleRecords.article());
	}

	private static void assertCorrupt(byte[] bytes, String message) {
		assertThatExceptionOfType(SerializationException.class)
			.isThrownBy(() -> AvroSerde.of(Article.class).deserialize("articles", bytes))
			.withMessageContaining(message);
	}

	private static <T extends SpecificRecord> void assertRoundTrip(Class<T> type, T record) {
		AvroSerde<T> serde = AvroSerde.of(type);
		assertThat(serde.deserialize("t", serde.serialize("t", record))).isEqualTo(record);
	}

}
