/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/**
 * Starts the Stratagem language server (`stratagem lsp` on standard input and output) for the
 * .strategy files of the workspace. The launcher comes from the Stratagem distribution, so the
 * extension stays small and always talks to the server version the user installed.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
	const settings = vscode.workspace.getConfiguration('stratagem.server');
	const command = settings.get<string>('command', 'stratagem');
	const javaOptions = settings.get<string>('javaOptions', '');
	const serverOptions: ServerOptions = {
		command,
		args: ['lsp'],
		options: { env: { ...process.env, STRATAGEM_JAVA_OPTS: javaOptions } },
	};
	const clientOptions: LanguageClientOptions = {
		documentSelector: [{ scheme: 'file', language: 'strategy' }],
		synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.strategy') },
	};
	client = new LanguageClient('stratagem', 'Stratagem language server', serverOptions, clientOptions);
	try {
		await client.start();
	} catch (error) {
		// The usual cause is a launcher that is not installed or not on the PATH: say which setting fixes it.
		vscode.window.showErrorMessage(`Stratagem: cannot start the language server with "${command} lsp" (${error}). `
			+ 'Set "stratagem.server.command" to the stratagem launcher of your Stratagem installation.');
	}
	context.subscriptions.push({ dispose: () => { void client?.stop(); } });
}

export function deactivate(): Thenable<void> | undefined {
	return client?.stop();
}
