namespace Waymark.Cli;

/// <summary>What every command writes to and runs with.</summary>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error: problems and progress.</param>
/// <param name="Colour">Whether to colour the output.</param>
/// <param name="Interactive">Whether standard error is a terminal (progress bars are drawn only then).</param>
/// <param name="Clock">The clock.</param>
/// <param name="Actor">Who the audit log names for changes made from the command line.</param>
/// <param name="Input">Standard input, when not the console's (for a password typed or piped in).</param>
internal sealed record CliContext(TextWriter Output, TextWriter Error, bool Colour, bool Interactive, TimeProvider Clock, string Actor, TextReader? Input = null)
{
    /// <summary>The context of a real run: the console, the system clock, the signed-in user's name.</summary>
    public static CliContext FromConsole() => new(
        Console.Out,
        Console.Error,
        ConsoleColours.Enabled(),
        !Console.IsErrorRedirected,
        TimeProvider.System,
        "cli:" + Environment.UserName,
        Console.In);

    /// <summary>Standard input.</summary>
    public TextReader In => Input ?? Console.In;
}
