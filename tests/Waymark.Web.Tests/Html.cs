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

    /// <summary>
    /// What a screen reader reads after the name of the first element with <paramref name="attribute"/> (such as
    /// <c>id="comment"</c>): the text of each element its <c>aria-describedby</c> names, in order; none without it.
    /// </summary>
    public static IReadOnlyList<string> Description(string html, string attribute)
    {
        ArgumentNullException.ThrowIfNull(html);
        int at = html.IndexOf(attribute, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"The page has no element with {attribute}");
        }

        int start = html.LastIndexOf('<', at);
        return DescribedBy(html, html[start..(html.IndexOf('>', at) + 1)]);
    }

    /// <summary>What a screen reader reads with the fieldset around the first element with <paramref name="attribute"/>, such as a radio button; see <see cref="Description"/>.</summary>
    public static IReadOnlyList<string> FieldsetDescription(string html, string attribute)
    {
        ArgumentNullException.ThrowIfNull(html);
        int at = html.IndexOf(attribute, StringComparison.Ordinal);
        int start = at < 0 ? -1 : html.LastIndexOf("<fieldset", at, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"The page has no fieldset around an element with {attribute}");
        }

        return DescribedBy(html, html[start..(html.IndexOf('>', start) + 1)]);
    }

    private static string[] DescribedBy(string html, string startTag) =>
        DescribedByAttribute().Match(startTag) is { Success: true } ids
            ? [.. ids.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => Row(html, $"id=\"{id}\""))]
            : [];

    /// <summary>How many times <paramref name="attribute"/> appears.</summary>
    public static int Count(string html, string attribute) => Regex.Count(html, Regex.Escape(attribute));

    [GeneratedRegex("aria-describedby=\"([^\"]*)\"")]
    private static partial Regex DescribedByAttribute();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("[a-zA-Z0-9]+")]
    private static partial Regex TagName();
}
