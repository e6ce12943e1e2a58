package io.pactwatch.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * Where the local stack's parts listen and where it keeps its files.
 *
 * @param root the repository root, where each service's runnable jar is built
 * @param workDir logs and state of this run (emptied at start)
 * @param postgresPort PostgreSQL's port
 * @param ingestPort ingest-service's HTTP port
 * @param extractionPort extraction-service's HTTP port
 * @param alertPort alert-service's HTTP port
 * @param smtpPort the SMTP catcher's port
 */
public record LocalStackOptions(Path root, Path workDir, int postgresPort, int ingestPort,
		int extractionPort, int alertPort, int smtpPort) {

	/** The well-known ports, for a person at a terminal. */
	public static LocalStackOptions defaults(Path root) {
		return new LocalStackOptions(root, root.resolve(".local"), 5433, 8081, 8082, 8083, 2525);
	}

	/** Free ports, so that a test never collides with a stack somebody is running. */
	public static LocalStackOptions freePorts(Path root, Path workDir) {
		return new LocalStackOptions(root, workDir, freePort(), freePort(), freePort(), freePort(), freePort());
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on 127.0.0.1", ex);
		}
	}

	static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
