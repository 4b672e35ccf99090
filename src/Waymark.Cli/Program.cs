using Waymark.Cli;

return CommandLine.Run(args, Console.Out, Console.Error, ConsoleColours.Enabled());
