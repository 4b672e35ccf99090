using System.Net;
using System.Text.RegularExpressions;

namespace Waymark.Web.Tests;

/// <summary>Reading what a person sees on a page: the text of elements, without tags.</summary>
public static partial class Html
{
    /// <summary>The text of the first element that has <paramref name="attribute"/> (such as <c>data-indicator="NI 43"</c>), tags removed.</summary>
    public static string Row(string html, string attribute)
    {
        ArgumentNullException.ThrowIfNull(html);
        int at = html.IndexOf(attribute, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"The page has no element with {attribute}");
        }

        int start = html.LastIndexOf('<', at);
        string tag = TagName().Match(html, start + 1).Value;
        int end = html.IndexOf("</" + tag + ">", at, StringComparison.Ordinal);
        return Text(html[start..end]);
    }

    /// <summary>The text of <paramref name="html"/>: tags removed, entities decoded, white space collapsed.</summary>
    public static string Text(string html) => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    /// <summary>How many times <paramref name="attribute"/> appears.</summary>
    public static int Count(string html, string attribute) => Regex.Count(html, Regex.Escape(attribute));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("[a-zA-Z0-9]+")]
    private static partial Regex TagName();
}
