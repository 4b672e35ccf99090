namespace Waymark.Cli;

/// <summary>What the command's exit status means.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was done.</summary>
    public const int Success = 0;

    /// <summary>An input file, option value or period was wrong; nothing was written.</summary>
    public const int BadInput = 1;
}
