namespace Waymark.Gaps;

/// <summary>The form of a dimension's or group's code: 1 to 40 lower-case letters, digits and underscores, starting with a letter.</summary>
public static class BreakdownCodes
{
    /// <summary>The longest code.</summary>
    public const int MaxLength = 40;

    /// <summary>Whether <paramref name="code"/> is a dimension's or group's code, such as <c>sen_status</c> or <c>ehcp</c>.</summary>
    public static bool IsValid(ReadOnlySpan<char> code)
    {
        if (code.IsEmpty || code.Length > MaxLength || !char.IsAsciiLetterLower(code[0]))
        {
            return false;
        }

        foreach (char c in code)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What a person is told when a code is not valid.</summary>
    public static string Problem(ReadOnlySpan<char> code, string what) =>
        code.IsEmpty
            ? $"Enter the {what}"
            : $"'{code}' is not a {what}: use lower-case letters, digits and underscores, starting with a letter, up to {MaxLength} characters, such as sen_status";
}
