using System.Globalization;

namespace Waymark.Web.Performance;

/// <summary>
/// The column a list is sorted by and which way, as given in its query (<c>?sort=result&amp;order=descending</c>), with
/// what each column's header says to assistive technology (<c>aria-sort</c>) and where its link goes: the column
/// sorted now is sorted the other way, any other column ascending.
/// </summary>
public sealed class ListSort
{
    public const string Ascending = "ascending";

    public const string Descending = "descending";

    private ListSort(string column, bool descending)
    {
        Column = column;
        IsDescending = descending;
    }

    /// <summary>The column sorted by.</summary>
    public string Column { get; }

    /// <summary>Whether the largest (or last in its order) comes first.</summary>
    public bool IsDescending { get; }

    /// <summary>
    /// The sort asked for: <paramref name="sort"/> when it names one of <paramref name="columns"/> (otherwise
    /// <paramref name="byDefault"/>), descending when <paramref name="order"/> says <c>descending</c>.
    /// </summary>
    public static ListSort Parse(string? sort, string? order, IReadOnlyCollection<string> columns, string byDefault)
    {
        ArgumentNullException.ThrowIfNull(columns);
        string? column = columns.FirstOrDefault(c => string.Equals(c, sort?.Trim(), StringComparison.OrdinalIgnoreCase));
        return new ListSort(column ?? byDefault, string.Equals(order?.Trim(), Descending, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the list is sorted as it is when nothing is asked for.</summary>
    public bool IsDefault(string byDefault) => Column == byDefault && !IsDescending;

    /// <summary>The <c>aria-sort</c> of <paramref name="column"/>'s header: <c>ascending</c>, <c>descending</c> or <c>none</c>.</summary>
    public string AriaSort(string column) => column == Column ? (IsDescending ? Descending : Ascending) : "none";

    /// <summary>The <c>sort</c> and <c>order</c> of the link in <paramref name="column"/>'s header.</summary>
    public (string Sort, string Order) Next(string column) => (column, column == Column && !IsDescending ? Descending : Ascending);

    /// <summary>
    /// The items in this order by <paramref name="compare"/>; those that <paramref name="missing"/> says have nothing
    /// in the column come last either way, and ties keep the order they were given in.
    /// </summary>
    public IReadOnlyList<T> Apply<T>(IEnumerable<T> items, Func<T, bool> missing, Comparison<T> compare)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(missing);
        ArgumentNullException.ThrowIfNull(compare);
        int sign = IsDescending ? -1 : 1;
        return [.. items
            .Select((item, index) => (Item: item, Index: index))
            .Order(Comparer<(T Item, int Index)>.Create((a, b) =>
            {
                bool aMissing = missing(a.Item), bMissing = missing(b.Item);
                int c = aMissing != bMissing ? (aMissing ? 1 : -1)
                    : aMissing ? 0
                    : sign * compare(a.Item, b.Item);
                return c != 0 ? c : a.Index.CompareTo(b.Index);
            }))
            .Select(x => x.Item)];
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Column} {AriaSort(Column)}");
}
