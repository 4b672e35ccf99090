using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Waymark.Testing;

/// <summary>A program that was run to its end or to its time limit, with everything it printed.</summary>
internal sealed record Command(string CommandLine, TimeSpan Timeout, int? ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>
    /// Runs <paramref name="program"/> with no input and without the caller's <c>PG*</c> variables, and stops it, with
    /// its children, once <paramref name="timeout"/> has passed.
    /// </summary>
    public static Command Run(string program, IReadOnlyList<string> arguments, TimeSpan timeout, string? workingDirectory)
    {
        var info = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (string name in info.Environment.Keys.Where(k => k.StartsWith("PG", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(name);
        }

        string commandLine = string.Join(' ', new[] { program }.Concat(arguments).Select(Quote));
        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"{commandLine} could not be started: {e.Message}", e);
        }

        process.StandardInput.Close();
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();

        bool exited = process.WaitForExit(timeout);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        // A program that leaves a child holding its output open must not hold up the caller.
        Task.WaitAll([standardOutput, standardError], TimeSpan.FromSeconds(5));
        string output = string.Join(
            '\n',
            new[] { standardOutput, standardError }
                .Select(t => t.IsCompletedSuccessfully ? t.Result.TrimEnd() : "(output not available)")
                .Where(text => text.Length > 0));
        return new Command(commandLine, timeout, exited ? process.ExitCode : null, output);
    }

    /// <summary>Throws, with the output and <paramref name="serverLog"/> if given, unless the program succeeded.</summary>
    public Command ThrowIfFailed(string? serverLog)
    {
        if (Succeeded)
        {
            return this;
        }

        string outcome = ExitCode is int code
            ? "exited with code " + code.ToString(CultureInfo.InvariantCulture)
            : $"did not finish within {Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s and was stopped";
        string message = $"{CommandLine} {outcome}.\nIts output:\n{(Output.Length > 0 ? Output : "(none)")}";
        if (serverLog is not null)
        {
            message += "\nThe end of the server log:\n" + serverLog;
        }

        throw new InvalidOperationException(message);
    }

    private static string Quote(string argument)
    {
        return argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'')
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }
}
