using System.CommandLine;
using Waymark.Cli.Assess;
using Waymark.Cli.Backup;
using Waymark.Cli.Benchmark;
using Waymark.Cli.Demo;
using Waymark.Cli.Evaluate;
using Waymark.Cli.Export;
using Waymark.Cli.Funnel;
using Waymark.Cli.Gaps;
using Waymark.Cli.Import;
using Waymark.Cli.Interval;
using Waymark.Cli.Notify;
using Waymark.Cli.Report;
using Waymark.Cli.Spc;
using Waymark.Cli.Users;

namespace Waymark.Cli;

/// <summary>The <c>waymark</c> command and its subcommands.</summary>
internal static class CommandLine
{
    /// <summary>Runs the command line <paramref name="args"/>, writing to the given output and error.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("Waymark: performance management and scrutiny reporting for councils.")
        {
            EvaluateCommand.Create(context),
            AssessCommand.Create(context),
            SpcCommand.Create(context),
            IntervalCommand.Create(context),
            ImportCommand.Create(context),
            ExportCommand.Create(context),
            DemoCommand.Create(context),
            BenchmarkCommand.Create(context),
            FunnelCommand.Create(context),
            GapsCommand.Create(context),
            ReportCommand.Create(context),
            UserCommand.Create(context),
            NotifyCommand.Create(context),
            BackupCommand.Create(context),
            RestoreCommand.Create(context),
        };

        ParseResult parsed = root.Parse(args);
        return parsed.Invoke(new InvocationConfiguration { Output = context.Output, Error = context.Error });
    }
}
