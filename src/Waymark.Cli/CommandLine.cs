using System.CommandLine;

using Waymark.Cli.Evaluate;

namespace Waymark.Cli;

/// <summary>The <c>waymark</c> command and its subcommands.</summary>
internal static class CommandLine
{
    /// <summary>Runs the command line <paramref name="args"/>, writing to the given output and error.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool colour)
    {
        var root = new RootCommand("Waymark: performance management and scrutiny reporting for councils.")
        {
            EvaluateCommand.Create(output, error, colour),
        };

        ParseResult parsed = root.Parse(args);
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
