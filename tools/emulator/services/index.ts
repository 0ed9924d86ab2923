// Other services emulator (being written).
export {};
