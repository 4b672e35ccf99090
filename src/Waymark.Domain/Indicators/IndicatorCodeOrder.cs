namespace Waymark.Indicators;

/// <summary>
/// The order people read indicator codes in: a run of digits counts as its number, so <c>NI 19</c> comes before
/// <c>NI 103a</c> and <c>NI 103a</c> before <c>NI 103b</c>; letters compare without regard to case. Codes that differ
/// only in case or in leading zeros (<c>NI 019</c>) then compare by their characters, so the order is total.
/// </summary>
public sealed class IndicatorCodeOrder : IComparer<string?>
{
    private IndicatorCodeOrder()
    {
    }

    /// <summary>The one comparer.</summary>
    public static IndicatorCodeOrder Instance { get; } = new();

    /// <inheritdoc/>
    /// <remarks>No code (<see langword="null"/>) comes first.</remarks>
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                int xEnd = DigitsEnd(x, i), yEnd = DigitsEnd(y, j);
                ReadOnlySpan<char> a = x.AsSpan(i, xEnd - i).TrimStart('0'), b = y.AsSpan(j, yEnd - j).TrimStart('0');
                int byNumber = a.Length != b.Length ? a.Length.CompareTo(b.Length) : a.SequenceCompareTo(b);
                if (byNumber != 0)
                {
                    return byNumber;
                }

                i = xEnd;
                j = yEnd;
                continue;
            }

            int byLetter = char.ToUpperInvariant(x[i]).CompareTo(char.ToUpperInvariant(y[j]));
            if (byLetter != 0)
            {
                return byLetter;
            }

            i++;
            j++;
        }

        int byLength = (x.Length - i).CompareTo(y.Length - j);
        return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
    }

    private static int DigitsEnd(string s, int start)
    {
        int end = start;
        while (end < s.Length && char.IsAsciiDigit(s[end]))
        {
            end++;
        }

        return end;
    }
}
