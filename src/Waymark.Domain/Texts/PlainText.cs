using System.Text;

namespace Waymark.Texts;

/// <summary>
/// The one rule for text people write (commentary, titles, names, notes), in forms, the API and imported files
/// alike: it may hold any character but the C0 control characters (U+0000 to U+001F), of which only the tab, the
/// line feed and the carriage return are allowed. And the one way every writer makes any stored text fit its file.
/// </summary>
public static class PlainText
{
    /// <summary>The character a writer puts in place of one its file cannot hold: U+FFFD, the replacement character.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>Whether <paramref name="c"/> is a C0 control character other than a tab, a line feed or a carriage return.</summary>
    public static bool IsRefused(char c) => c < '\u0020' && c is not '\t' and not '\n' and not '\r';

    /// <summary>
    /// Checks what a person wrote: <see langword="null"/> when it may be kept (empty and absent text included),
    /// else the first refused character and its place.
    /// </summary>
    public static PlainTextError? Check(string? text) => text is null ? null : Check(text.AsSpan());

    /// <inheritdoc cref="Check(string?)"/>
    public static PlainTextError? Check(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (IsRefused(text[i]))
            {
                return new PlainTextError(text[i], i + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// Text as an XML 1.0 document (Word, Excel) can hold it: each refused control character, each half of a
    /// surrogate pair standing alone, and U+FFFE and U+FFFF become <see cref="Replacement"/>; everything else,
    /// tabs and line breaks included, is kept. Text that was stored before the rule, or by hand, is written this way
    /// rather than stopping the file being made. Returns <paramref name="text"/> itself when nothing needs replacing.
    /// </summary>
    public static string Writable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = FirstUnwritable(text);
        if (first < 0)
        {
            return text;
        }

        var written = new StringBuilder(text.Length);
        written.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                written.Append(c).Append(text[++i]);
            }
            else
            {
                written.Append(Unwritable(c) ? Replacement : c);
            }
        }

        return written.ToString();
    }

    private static int FirstUnwritable(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (Unwritable(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Unwritable(char c) => IsRefused(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';
}
