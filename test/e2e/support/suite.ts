/**
 * What every editor suite does after its tests: a screenshot of a failed step (the
 * workbench as the test saw it last), then the window, the server and the suite's own
 * workspace folder closed.
 */
import { rmSync } from 'node:fs';
import type { Workbench } from './browser.js';
import type { CodeServer } from './code-server.js';

export interface SuiteState {
    wb?: Workbench;
    server?: CodeServer;
    /** A folder the suite made for its workspace, removed at the end. */
    folder?: string;
}

export function closeAfterSuite(name: string, state: () => SuiteState): void {
    afterEach(async function () {
        const { wb } = state();
        if (this.currentTest?.state === 'failed' && wb) await wb.shot(`${name}-failed-${this.currentTest.title.slice(0, 16).replace(/\W/g, '')}`).catch(() => undefined);
    });
    after(async function () {
        this.timeout(60000);
        const { wb, server, folder } = state();
        await wb?.close();
        await server?.stop();
        if (folder) rmSync(folder, { recursive: true, force: true });
    });
}
