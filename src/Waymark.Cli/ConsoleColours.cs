namespace Waymark.Cli;

/// <summary>Whether to colour what the command prints.</summary>
internal static class ConsoleColours
{
    /// <summary>Colour only on a terminal, and never when <c>NO_COLOR</c> is set (https://no-color.org).</summary>
    public static bool Enabled() =>
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
