package io.pactwatch.schemas;

import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schemas evolve backward-compatibly only: the current reader must read whatever any
 * released version wrote. A change that breaks this fails here, before it ships.
 */
class SchemaEvolutionTests {

	static List<Schema> currentSchemas() {
		return List.of(Article.getClassSchema(), MilestoneMention.getClassSchema(), MilestoneEvent.getClassSchema(),
				Agreement.getClassSchema());
	}

	@ParameterizedTest
	@MethodSource("currentSchemas")
	void currentSchemaReadsEveryReleasedVersion(Schema current) {
		List<Schema> released = SchemaHistory.versionsOf(current.getName());

		assertThat(released).as("released versions of %s", current.getName()).isNotEmpty();
		for (Schema old : released) {
			SchemaCompatibilityType compatibility = SchemaCompatibility.checkReaderWriterCompatibility(current, old)
				.getType();
			assertThat(compatibility).as("%s reading an older version", current.getName())
				.isEqualTo(SchemaCompatibilityType.COMPATIBLE);
		}
	}

	/**
	 * What ships is released: a changed schema gets its snapshot in avro-history, so that
	 * the next change is checked against it.
	 */
	@ParameterizedTest
	@MethodSource("currentSchemas")
	void currentSchemaIsTheLatestReleasedVersion(Schema current) {
		List<Schema> released = SchemaHistory.versionsOf(current.getName());

		assertThat(SchemaNormalization.parsingFingerprint64(released.get(released.size() - 1)))
			.as("%s is snapshotted as avro-history/%s.v%d.avsc", current.getName(), current.getName(), released.size())
			.isEqualTo(SchemaNormalization.parsingFingerprint64(current));
	}

}
