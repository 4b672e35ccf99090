using Waymark.Cli;

return CommandLine.Run(args, CliContext.FromConsole());
