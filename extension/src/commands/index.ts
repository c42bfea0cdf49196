/** Registers the palette commands of the extension (ids in ../../../language-server/src/protocol/sla-protocol.ts). */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS } from '../../../language-server/src/protocol/sla-protocol.js';
import { deadlineTableCommand } from './deadline-table.js';
import { generateSampleMonthCommand } from './generate-sample-month.js';
import { openReportCommand, printReportCommand } from './open-report.js';
import { OPEN_SAMPLE, openSampleCommand } from './open-sample.js';
import { runScenarioCommand } from './run-scenario.js';
import { runScenariosCommand } from './run-scenarios.js';
import { simulateCommand } from './simulate.js';
import type { CommandContext } from './support.js';
import { ReadOnlyViews } from '../views/read-only-view.js';
import { LogProblems } from '../logs/log-problems.js';
import { SHOW_SERVER_OUTPUT, type SlaStatusBar } from '../status/status-bar.js';

/**
 * Each command lives in its own file in this folder. `output` is the extension's "SLA"
 * channel when it has one; otherwise the commands create it when they first write.
 */
export function registerCommands(context: vscode.ExtensionContext, client: Promise<LanguageClient>, output?: vscode.OutputChannel, status?: SlaStatusBar): CommandContext {
    let channel = output;
    const views = new ReadOnlyViews();
    const logs = new LogProblems(client);
    context.subscriptions.push(views, logs);
    const cx: CommandContext = {
        views, logs,
        context, client,
        output: () => {
            if (!channel) {
                channel = vscode.window.createOutputChannel('SLA');
                context.subscriptions.push(channel);
            }
            return channel;
        },
        busy: status ? (title, work) => status.busy(title, work) : undefined,
    };
    const register = (id: string, run: (...args: unknown[]) => unknown) => {
        context.subscriptions.push(vscode.commands.registerCommand(id, async (...args: unknown[]) => {
            try {
                return await run(...args);
            } catch (e) {
                void vscode.window.showErrorMessage(`SLA: ${id} stopped: ${e instanceof Error ? e.message : String(e)}`);
                return undefined;
            }
        }));
    };
    register(COMMANDS.simulate, (arg) => simulateCommand(cx, arg));
    register(COMMANDS.deadlineTable, (arg) => deadlineTableCommand(cx, arg));
    register(COMMANDS.runScenarios, (arg) => runScenariosCommand(cx, arg));
    register(COMMANDS.runScenario, (...args) => runScenarioCommand(cx, ...args));
    register(COMMANDS.generateSampleMonth, (arg) => generateSampleMonthCommand(cx, arg));
    register(COMMANDS.openReport, () => openReportCommand());
    register(COMMANDS.printReport, (arg) => printReportCommand(arg));
    // Commands of the extension alone (the server knows nothing of them).
    register(OPEN_SAMPLE, (place) => openSampleCommand(context, place));
    register(SHOW_SERVER_OUTPUT, async () => {
        const started = await client.catch(() => undefined);
        if (started) started.outputChannel.show(true);
        else cx.output().show(true);
    });
    return cx;
}
