namespace Waymark.Cli;

/// <summary>What the command's exit status means.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was done.</summary>
    public const int Success = 0;

    /// <summary>An input file, option value or period was wrong; nothing was written.</summary>
    public const int BadInput = 1;

    /// <summary>The store already holds data that the command would replace, and replacing it was not asked for; nothing was changed.</summary>
    public const int StoreNotEmpty = 2;

    /// <summary>The store, or a database tool the command runs, failed or is missing; the store is as it was.</summary>
    public const int StoreFailed = 3;
}
