// The scriptable commands are the views' commands, in the order of the tabs.
export { COMMAND_NAMES, type CommandName, isCommand } from '../views/registry';
