// Version of the machine-readable outputs: bumped when a field changes meaning or goes away.
export const OUTPUT_VERSION = 1;
export const TOOL_NAME = 'trade-brief';
export const TOOL_VERSION = '0.1.0';
