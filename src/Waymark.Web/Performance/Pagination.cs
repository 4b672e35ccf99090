namespace Waymark.Web.Performance;

/// <summary>
/// Which page of a long list is shown and which page links the GOV.UK pagination component offers: the first and
/// last pages, the current page and those either side of it, with a gap (<c>null</c>) where pages are left out.
/// </summary>
public sealed class Pagination
{
    public Pagination(int count, int pageSize, string? requested)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        Count = count;
        PageSize = pageSize;
        Pages = Math.Max(1, (count + pageSize - 1) / pageSize);
        Current = int.TryParse(requested, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int page)
            ? Math.Clamp(page, 1, Pages)
            : 1;
    }

    /// <summary>How many items there are on all pages.</summary>
    public int Count { get; }

    public int PageSize { get; }

    /// <summary>How many pages there are (one when there are no items).</summary>
    public int Pages { get; }

    /// <summary>The page shown, from 1: the page asked for, or the nearest there is.</summary>
    public int Current { get; }

    /// <summary>The index of the first item shown.</summary>
    public int Skip => (Current - 1) * PageSize;

    /// <summary>The number, from 1, of the first item shown.</summary>
    public int First => Count == 0 ? 0 : Skip + 1;

    /// <summary>The number of the last item shown.</summary>
    public int Last => Math.Min(Count, Current * PageSize);

    /// <summary>The pages to link to in order, with <c>null</c> for each gap.</summary>
    public IReadOnlyList<int?> Links()
    {
        var links = new List<int?>();
        for (int page = 1; page <= Pages; page++)
        {
            if (page == 1 || page == Pages || Math.Abs(page - Current) <= 1)
            {
                links.Add(page);
            }
            else if (links[^1] is not null)
            {
                links.Add(null);
            }
        }

        return links;
    }
}
