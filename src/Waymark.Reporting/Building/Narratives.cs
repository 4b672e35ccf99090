using System.Globalization;
using System.Text;

using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Reporting.Content;

namespace Waymark.Reporting.Building;

/// <summary>The officer-written text stored for the report, with its figures filled in from the data.</summary>
internal sealed class Narratives(ReportData data, ReportingPeriod period, RatingSummaryTable? summary)
{
    public string? Raw(string section)
    {
        string? text = data.Narratives.LastOrDefault(n => n.Section == section && n.IndicatorId is null)?.Text;
        return string.IsNullOrWhiteSpace(text) ? null : Fill(text.Trim());
    }

    public ReportText Text(string section, IReadOnlyList<string> generated) =>
        Raw(section) is { } text ? new ReportText(Paragraphs(text), OfficerWritten: true) : new ReportText(generated, OfficerWritten: false);

    public IReadOnlyList<string>? Lines(string section) =>
        Raw(section) is { } text ? [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)] : null;

    public string Fill(string text)
    {
        var builder = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            int open = text.IndexOf('{', i);
            int close = open < 0 ? -1 : text.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                builder.Append(text, i, text.Length - i);
                break;
            }

            builder.Append(text, i, open - i);
            string token = text[(open + 1)..close];
            builder.Append(Token(token) ?? text[open..(close + 1)]);
            i = close + 1;
        }

        return builder.ToString();
    }

    private string? Token(string token)
    {
        switch (token)
        {
            case "period": return period.Label;
            case "board": return data.Board.Name;
            case "council": return data.Council.Name;
            case "total": return summary?.Total.ToString(CultureInfo.InvariantCulture);
            default: break;
        }

        bool percent = token.EndsWith("_percent", StringComparison.Ordinal);
        string name = percent ? token[..^"_percent".Length] : token;
        if (!RatingCodes.TryParseRating(name, out Rating rating) || summary is null)
        {
            return null;
        }

        RatingCount row = summary.Rows.Single(r => r.Rating == rating);
        return (percent ? row.Percent : row.Count).ToString(CultureInfo.InvariantCulture);
    }

    private static List<string> Paragraphs(string text) =>
        [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0)];
}
