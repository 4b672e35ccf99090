using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Waymark.Disclosure;

/// <summary>
/// The largest count of people a council publishes as <c>c</c> instead of its value: counts from 1 to
/// <see cref="Value"/> inclusive are suppressed, zero never is. DfE's children's statistics suppress 1 to 5, the
/// default; a council may set its own, from 1 to <see cref="Largest"/>.
/// </summary>
public readonly record struct SmallNumberThreshold
{
    /// <summary>The largest threshold a council may set.</summary>
    public const int Largest = 100;

    private readonly int value;

    private SmallNumberThreshold(int value) => this.value = value;

    /// <summary>DfE's threshold: counts of 1 to 5 are suppressed.</summary>
    public static SmallNumberThreshold Default { get; } = new(5);

    /// <summary>The largest count that is suppressed; the default struct is <see cref="Default"/>.</summary>
    public int Value => value == 0 ? 5 : value;

    /// <summary>A threshold of <paramref name="value"/>; a value outside 1 to <see cref="Largest"/> is a caller's bug.</summary>
    public static SmallNumberThreshold Of(int value) =>
        value is >= 1 and <= Largest
            ? new(value)
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"A small number threshold is a whole number from 1 to {Largest}.");

    /// <summary>Reads a threshold a person wrote: a whole number from 1 to <see cref="Largest"/>, surrounding spaces ignored.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out SmallNumberThreshold threshold)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v is >= 1 and <= Largest)
        {
            threshold = new(v);
            return true;
        }

        threshold = Default;
        return false;
    }

    /// <summary>What a person is told when <see cref="TryParse"/> refuses their text.</summary>
    public static string Problem(string? text) =>
        $"'{text}' is not a small number threshold: write a whole number from 1 to {Largest}, such as 5";

    /// <summary>Whether <paramref name="count"/> is suppressed: from 1 to <see cref="Value"/> inclusive (zero and negative counts are not).</summary>
    public bool Hides(long count) => count >= 1 && count <= Value;

    /// <summary>The threshold in words: <c>5 or fewer</c>.</summary>
    public override string ToString() => $"{Value.ToString(CultureInfo.InvariantCulture)} or fewer";
}
