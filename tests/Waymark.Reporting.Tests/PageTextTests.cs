namespace Waymark.Reporting.Tests;

/// <summary>The check of what ends a page finds a heading, a caption or a header row left at the foot of one, and nothing else.</summary>
public sealed class PageTextTests
{
    private static readonly (IReadOnlyList<string> Titles, IReadOnlyList<HashSet<string>> HeaderRows) Headings =
        (["3 Background information", "NI 148: Care leavers in employment, education or training"], [new HashSet<string>(["Result", "Target", "Rating", "Predicted", "year", "end"], StringComparer.Ordinal)]);

    [Theory]
    [InlineData("3 Background information", "page 1 ends with the heading or caption \"3 Background information\"")]
    [InlineData("NI 148: Care leavers in employment,|education or training", "page 1 ends with the heading or caption \"NI 148: Care leavers in employment, education or training\"")]
    [InlineData("Result Target Rating Predicted|year end", "page 1 ends with the header row \"year end\"")]
    [InlineData("The paragraph about background|information", null)]
    [InlineData("NI 148 Care leavers in|employment, education or|training", null)]
    [InlineData("Result Target Rating Predicted|55.8% 60.0% Red 58.0%", null)]
    public void EndingInAHeading_ReadsThePagesLastLines(string endOfFirstPage, string? found)
    {
        IReadOnlyList<PdfPage> pages = [Page("Some text before it", endOfFirstPage), Page("What it introduces")];

        Assert.Equal(found is null ? [] : [found], PageText.EndingInAHeading(pages, Headings));
    }

    /// <summary>An A4 page with a line of words a line, 14 points apart, and its footer.</summary>
    private static PdfPage Page(params string[] text)
    {
        var words = new List<PdfWord>();
        decimal top = 60m;
        foreach (string line in text.SelectMany(t => t.Split('|')))
        {
            decimal left = 57m;
            foreach (string word in line.Split(' '))
            {
                words.Add(new PdfWord(word, left, top, left + (6m * word.Length), top + 12m));
                left += (6m * word.Length) + 3m;
            }

            top += 14m;
        }

        words.Add(new PdfWord("Page", 500m, 812m, 520m, 821m));
        return new PdfPage(595m, 842m, words);
    }
}
