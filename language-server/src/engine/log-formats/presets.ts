/**
 * Presets for the exports of five service desks: their documented column names, date
 * formats and values, mapped to our fields. Every preset maps what the desk exports as a
 * moment; what it exports only as a duration or an SLA verdict is left out. A desk's
 * columns vary by version, language and the fields chosen for the export, so each field
 * lists the names it is known by, first present wins, and none is required except the id.
 *
 * Priorities map to P1, P2, ... in the desk's order, most urgent first; a contract that
 * names its priorities otherwise maps them in its mapping file (`values.priority`).
 *
 * Sources were looked up on 7 December 2026; where a page gave only field names of the
 * desk's API and not the export's labels, that is said at the preset.
 */
import type { LogMapping } from './mapping.js';

export interface Preset {
    title: string;
    mapping: LogMapping;
}

export const PRESETS: Readonly<Record<string, Preset>> = {
    // Jira Service Management, issue search → Export → "Export CSV (all fields)" / "(current fields)".
    // Columns: "Issue key", "Issue id", "Summary", "Issue Type", "Status", "Priority",
    // "Created", "Updated", "Resolved" (Atlassian Support, "Export your search results to
    // other applications", support.atlassian.com/jira-software-cloud/docs/export-issues/;
    // the CSV layout itself per confluence.atlassian.com "Data pipeline export schema",
    // RFC 4180 with CRLF). Times are written in the exporting user's date format, by default
    // Jira's "dd/MMM/yy h:mm a" (06/Nov/26 4:30 PM), in the user's zone without an offset.
    // Corroborated by public Jira CSV importers' test exports (header as Jira writes it, with
    // Labels and Comment repeated once per value, and times like "14/Jul/25 3:42 PM").
    // Default priorities: Highest, High, Medium, Low, Lowest.
    jira: {
        title: 'Jira Service Management (CSV export of an issue search)',
        mapping: {
            columns: {
                id: ['Issue key', 'Key', 'Issue id'], priority: ['Priority'], reported: ['Created'], resolved: ['Resolved', 'Resolution date'],
                note: ['Summary'],
            },
            dateFormat: ['dd/MMM/yy h:mm a', 'dd/MMM/yy H:mm', "yyyy-MM-dd'T'HH:mm:ss.SSSZZZ", 'yyyy-MM-dd HH:mm'],
            values: { priority: { Highest: 'P1', High: 'P2', Medium: 'P3', Low: 'P4', Lowest: 'P5' } },
        },
    },
    // ServiceNow, incident list → column context menu → Export → CSV. A CSV export has the
    // fields' names as headers (number, opened_at, priority, ...), an Excel export their labels
    // (Number, Opened, Priority, ...); both are listed. Values are display values: priority
    // "1 - Critical" to "5 - Planning", state "1 = New ... 6 = Resolved, 7 = Closed"; times in
    // the system format "yyyy-MM-dd HH:mm:ss" in the exporting user's zone (ServiceNow docs,
    // "Export list data", docs.servicenow.com, and the incident table's fields as listed at
    // apis.io/schemas/servicenow/servicenow-incident/).
    servicenow: {
        title: 'ServiceNow (incident table, list export to CSV or Excel)',
        mapping: {
            columns: {
                id: ['number', 'Number'], priority: ['priority', 'Priority'], reported: ['opened_at', 'Opened'],
                resolved: ['resolved_at', 'Resolved'], note: ['short_description', 'Short description'],
            },
            dateFormat: ['yyyy-MM-dd HH:mm:ss', 'yyyy-MM-dd HH:mm'],
            values: { priority: { '1 - Critical': 'P1', '2 - High': 'P2', '3 - Moderate': 'P3', '4 - Low': 'P4', '5 - Planning': 'P5' } },
        },
    },
    // Zendesk, Admin Center → Account → Tools → Reports → Export → CSV (Zendesk help
    // "Exporting data to a JSON, CSV, or XML file", support.zendesk.com/hc/en-us/articles/4408886165402).
    // Columns include "Id", "Subject", "Status", "Priority", "Ticket type", "Created at",
    // "Updated at", "Solved at", "First reply time in minutes" (a duration, not read); the full
    // header, from "Summation column" to "On hold time in minutes within business hours", is
    // corroborated by public code that rebuilds this export from the API. Times as
    // "yyyy-MM-dd HH:mm:ss" with or without the offset (+0100). Priorities: Urgent, High, Normal, Low.
    zendesk: {
        title: 'Zendesk (ticket CSV export)',
        mapping: {
            columns: {
                id: ['Id', 'Ticket ID'], priority: ['Priority'], reported: ['Created at'], resolved: ['Solved at'], note: ['Subject'],
            },
            dateFormat: ['yyyy-MM-dd HH:mm:ss ZZZ', 'yyyy-MM-dd HH:mm:ss', 'yyyy-MM-dd HH:mm', "yyyy-MM-dd'T'HH:mm:ssZZ"],
            values: { priority: { Urgent: 'P1', High: 'P2', Normal: 'P3', Low: 'P4' } },
        },
    },
    // TOPdesk (Dutch interface), Meldingen → kaartoverzicht (selection) → Exporteren naar CSV
    // or Excel: the overview's column labels. The incident's fields are, in the API
    // (developers.topdesk.com/explorer/?page=incident): number, callDate, completedDate,
    // closedDate, priority, briefDescription; their Dutch labels Meldingnummer (or Nummer),
    // Aanmelddatum (Datum aangemeld), Datum gereed (Gereed), Datum afgemeld (Afgemeld),
    // Prioriteit, Korte omschrijving (TOPdesk course material "Eerstelijnsmeldingen", 2020, and
    // docs.topdesk.com/nl). Times as "dd-MM-yyyy HH:mm". "Gereed" is when the operator
    // finished (resolved); "afgemeld" is the later closing. Priorities as set up per
    // installation, commonly "Prioriteit 1 - Hoog" and so on; unknown ones go through unchanged
    // and a contract's mapping file adds its own.
    topdesk: {
        title: 'TOPdesk (incident overview exported, Dutch column names)',
        mapping: {
            columns: {
                id: ['Meldingnummer', 'Nummer', 'Incidentnummer'], priority: ['Prioriteit'], reported: ['Aanmelddatum', 'Datum aangemeld', 'Meldingsdatum'],
                resolved: ['Datum gereed', 'Gereed', 'Gereed datum', 'Datum afgemeld', 'Afgemeld'], note: ['Korte omschrijving', 'Korte omschrijving (Details)'],
            },
            dateFormat: ['dd-MM-yyyy HH:mm', 'dd-MM-yyyy HH:mm:ss', 'd-M-yyyy H:mm'],
            values: {
                priority: {
                    'Prioriteit 1 - Hoog': 'P1', 'Prioriteit 2 - Middel': 'P2', 'Prioriteit 3 - Laag': 'P3',
                    'P1 - Hoog': 'P1', 'P2 - Middel': 'P2', 'P3 - Laag': 'P3', Hoog: 'P1', Middel: 'P2', Laag: 'P3',
                },
            },
        },
    },
    // Freshdesk, Tickets → Export (CSV): "Ticket ID", "Subject", "Status", "Priority", "Type",
    // "Created time", "Due by Time", "Resolved time", "Closed time", "Last update time",
    // "Initial response time" (a moment: the first agent response) — Freshdesk support
    // "Exporting tickets" (support.freshdesk.com); priorities Urgent, High, Medium, Low and
    // statuses Open, Pending, Resolved, Closed per the ticket API (developers.freshdesk.com/api/#tickets).
    // Times as "yyyy-MM-dd HH:mm:ss" in the exporting account's zone.
    freshdesk: {
        title: 'Freshdesk (ticket CSV export)',
        mapping: {
            columns: {
                id: ['Ticket ID', 'Ticket Id'], priority: ['Priority'], reported: ['Created time', 'Created Time'],
                responded: ['Initial response time', 'Initial Response Time'], resolved: ['Resolved time', 'Resolved Time'], note: ['Subject'],
            },
            dateFormat: ['yyyy-MM-dd HH:mm:ss', 'yyyy-MM-dd HH:mm'],
            values: { priority: { Urgent: 'P1', High: 'P2', Medium: 'P3', Low: 'P4' } },
        },
    },
};

export const PRESET_NAMES = Object.keys(PRESETS);
