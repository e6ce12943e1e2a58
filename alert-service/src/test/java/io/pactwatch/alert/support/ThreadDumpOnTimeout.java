package io.pactwatch.alert.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Prints every thread's stack when a test fails on a timeout, so that a stall seen once in CI
 * (a request to the application left unanswered) shows what the application was doing.
 */
public class ThreadDumpOnTimeout implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
		dump(throwable);
		throw throwable;
	}

	@Override
	public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
		dump(throwable);
		throw throwable;
	}

	private static void dump(Throwable throwable) {
		if (isTimeout(throwable)) {
			StringBuilder b = new StringBuilder("THREAD DUMP ON TIMEOUT\n");
			for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
				b.append('"').append(info.getThreadName()).append("\" ").append(info.getThreadState()).append('\n');
				for (StackTraceElement e : info.getStackTrace()) {
					b.append("    at ").append(e).append('\n');
				}
			}
			System.err.println(b);
		}
	}

	private static boolean isTimeout(Throwable throwable) {
		for (Throwable t = throwable; t != null; t = t.getCause()) {
			if (t instanceof java.util.concurrent.TimeoutException || String.valueOf(t.getMessage()).contains("Timeout")) {
				return true;
			}
		}
		return false;
	}

}
