using Waymark.Texts;

namespace Waymark.Domain.Tests.Texts;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("More first time entrants than planned.")]
    [InlineData("Tab\there")]
    [InlineData("Two\nlines")]
    [InlineData("Two\r\nlines")]
    [InlineData("£1,250 for Zoë's café, 25% ↑")]
    [InlineData("\u007F and \u0085 are not C0")]
    [InlineData("\U0001F600")]
    public void Check_TextWithoutRefusedCharacters_MayBeKept(string text) => Assert.Null(PlainText.Check(text));

    [Fact]
    public void Check_NoText_MayBeKept() => Assert.Null(PlainText.Check((string?)null));

    [Theory]
    [InlineData("\u0000", '\u0000', 1)]
    [InlineData("Bell\u0007", '\u0007', 5)]
    [InlineData("a\u000Bb", '\u000B', 2)]
    [InlineData("a\u000Cb\u0001", '\u000C', 2)]
    [InlineData("\u001Fend", '\u001F', 1)]
    [InlineData("esc\u001B", '\u001B', 4)]
    public void Check_ControlCharacter_IsTheFirstOneAndItsPlace(string text, char character, int position)
    {
        PlainTextError? error = PlainText.Check(text);

        Assert.Equal(new PlainTextError(character, position), error);
    }

    [Fact]
    public void Messages_NameTheCharacterAndItsPlace()
    {
        PlainTextError error = PlainText.Check("Rising demand\u0007")!;

        Assert.Equal("Commentary must not contain control characters: remove the one at character 14 (U+0007)", error.For("Commentary"));
        Assert.Equal("has a control character (U+0007) at character 14: remove it (text may hold tabs and line breaks, but no other control characters)", error.Message);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("tab\tline\nreturn\r", "tab\tline\nreturn\r")]
    [InlineData("bell\u0007", "bell\uFFFD")]
    [InlineData("\u0000\u001F", "\uFFFD\uFFFD")]
    [InlineData("whole \uD83D\uDE00 pair", "whole \uD83D\uDE00 pair")]
    [InlineData("\uFFFE\uFFFF", "\uFFFD\uFFFD")]
    public void Writable_ReplacesOnlyWhatXmlCannotHold(string text, string expected) => Assert.Equal(expected, PlainText.Writable(text));

    // Built in code: a half of a surrogate pair does not survive the test runner's own copy of InlineData.
    [Theory]
    [InlineData("half ", 0xD800, " pair")]
    [InlineData("low ", 0xDC00, " first")]
    [InlineData("end ", 0xD83D, "")]
    public void Writable_HalfOfASurrogatePair_IsReplaced(string before, int half, string after) =>
        Assert.Equal(before + "\uFFFD" + after, PlainText.Writable(before + (char)half + after));
}
