// SpreadsheetApp emulator (being written).
export {};
