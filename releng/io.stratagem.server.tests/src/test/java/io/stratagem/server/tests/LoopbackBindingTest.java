package io.stratagem.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.server.WorkbenchServer;
import io.stratagem.workspace.edit.ModelWorkspace;

/** By default the server listens on 127.0.0.1 only: the machine's other addresses do not answer. */
class LoopbackBindingTest {

	@TempDir
	Path dir;

	@Test
	void theDefaultIsLoopbackOnly() throws Exception {
		try (RunningWorkbench workbench = RunningWorkbench.start(dir)) {
			assertTrue(workbench.server.isLoopback());
			assertEquals("127.0.0.1", workbench.server.url().getHost());
			try (Socket socket = new Socket("127.0.0.1", workbench.server.port())) {
				assertTrue(socket.isConnected());
			}
			List<InetAddress> others = otherAddresses();
			Assumptions.assumeFalse(others.isEmpty(), "this machine has no address besides loopback to try");
			for (InetAddress address : others) {
				assertThrows(IOException.class, () -> {
					try (Socket socket = new Socket()) {
						socket.connect(new InetSocketAddress(address, workbench.server.port()), 2000);
					}
				}, address.toString());
			}
		}
	}

	@Test
	void anotherHostIsReportedAsNotLoopback() throws Exception {
		try (ModelWorkspace workspace = ModelWorkspace.open(dir, RunningWorkbench.injector())) {
			assertFalse(WorkbenchServer.builder(workspace, null).host("0.0.0.0").build().isLoopback());
			assertTrue(WorkbenchServer.builder(workspace, null).host("localhost").build().isLoopback());
		}
	}

	private static List<InetAddress> otherAddresses() throws IOException {
		return Collections.list(NetworkInterface.getNetworkInterfaces()).stream().filter(n -> {
			try {
				return n.isUp() && !n.isLoopback();
			} catch (IOException e) {
				return false;
			}
		}).flatMap(n -> Collections.list(n.getInetAddresses()).stream()).filter(a -> a instanceof Inet4Address).toList();
	}
}
