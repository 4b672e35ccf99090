namespace Waymark.Data.People;

/// <summary>The rule every password follows, wherever it is set.</summary>
public static class Passwords
{
    /// <summary>A password has at least this many characters; any characters are allowed.</summary>
    public const int MinimumLength = 12;
}
