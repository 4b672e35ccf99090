using System.Globalization;

namespace Waymark.Texts;

/// <summary>
/// Why a person's text cannot be kept: it holds a control character other than a tab or a line break, which no
/// report could show and Word and Excel files cannot hold.
/// </summary>
/// <param name="Character">The first such character.</param>
/// <param name="Position">Where it is in the text, counting characters from 1.</param>
public sealed record PlainTextError(char Character, int Position)
{
    /// <summary>The character as Unicode names it, such as <c>U+0007</c>.</summary>
    public string Code => "U+" + ((int)Character).ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>
    /// The message for a value in a file, after its place: <c>has a control character (U+0007) at character 12:
    /// remove it (text may hold tabs and line breaks, but no other control characters)</c>.
    /// </summary>
    public string Message => $"has a control character ({Code}) at character {Position}: remove it (text may hold tabs and line breaks, but no other control characters)";

    /// <summary>
    /// The message for a form field or an API property, led by its label: <c>Commentary must not contain control
    /// characters: remove the one at character 12 (U+0007)</c>.
    /// </summary>
    public string For(string label) => $"{label} must not contain control characters: remove the one at character {Position} ({Code})";
}
