using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Waymark.Cli.Tests;

/// <summary>
/// The built <c>waymark</c> command running as a child process on a terminal of its own (through util-linux
/// <c>script</c>), so that it draws its progress bar as a person would see it. What it writes is read as it comes,
/// so it never blocks on a full pipe. Disposing it kills it, with its children, if it is still running.
/// </summary>
internal sealed partial class CliProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder written = new();
    private readonly Task[] readers;

    private CliProcess(Process process)
    {
        this.process = process;
        process.StandardInput.Close();
        readers = [Copy(process.StandardOutput), Copy(process.StandardError)];
    }

    public bool HasExited => process.HasExited;

    /// <summary>The last percentage the progress bar showed, or null before it first showed one.</summary>
    public int? Progress
    {
        get
        {
            MatchCollection shown = Percent().Matches(Written);
            return shown.Count == 0 ? null : int.Parse(shown[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Everything the command has written so far, standard output and error together.</summary>
    public string Written
    {
        get
        {
            lock (written)
            {
                return written.ToString();
            }
        }
    }

    public static CliProcess Start(params string[] arguments)
    {
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        string command = string.Join(' ', new[] { dotnet, Path.Combine(AppContext.BaseDirectory, "waymark.dll") }.Concat(arguments).Select(Quote));
        var info = new ProcessStartInfo("script")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in (string[])["--quiet", "--return", "--command", command, "/dev/null"])
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["TERM"] = "dumb";
        return new CliProcess(Process.Start(info) ?? throw new InvalidOperationException("script could not be started"));
    }

    /// <summary>Kills the command and its children and waits for them to end.</summary>
    public void Kill(TimeSpan timeout)
    {
        process.Kill(entireProcessTree: true);
        if (!process.WaitForExit(timeout))
        {
            throw new InvalidOperationException($"waymark was killed but had not ended after {timeout.TotalSeconds} s");
        }

        // A child holding the pipes open must not hold up the test.
        Task.WaitAll(readers, timeout);
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // It ended between the check and the kill.
        }
        finally
        {
            process.Dispose();
        }
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"\]\s*(\d+)%")]
    private static partial Regex Percent();

    private Task Copy(StreamReader from) => Task.Run(async () =>
    {
        var buffer = new char[4096];
        int read;
        while ((read = await from.ReadAsync(buffer)) > 0)
        {
            lock (written)
            {
                written.Append(buffer, 0, read);
            }
        }
    });
}
