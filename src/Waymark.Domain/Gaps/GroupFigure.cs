namespace Waymark.Gaps;

/// <summary>
/// A group's figure for one area and period, as a gap rule sees it: a value shown, no value, a value suppressed
/// (published as <c>c</c> or <c>x</c>, or hidden to keep small numbers safe) or a value withheld as not fit to judge.
/// Only a shown value takes part in a gap. Make one with the factories.
/// </summary>
public readonly record struct GroupFigure
{
    private GroupFigure(decimal? value, GroupFigureState state)
    {
        Value = value;
        State = state;
    }

    /// <summary>No figure for the group.</summary>
    public static GroupFigure Missing { get; } = new(null, GroupFigureState.Missing);

    /// <summary>A figure suppressed where it was published or kept from readers: no value is known.</summary>
    public static GroupFigure Suppressed { get; } = new(null, GroupFigureState.Suppressed);

    /// <summary>The value, when one is known (a withheld figure keeps its value for officers).</summary>
    public decimal? Value { get; }

    /// <summary>Whether the figure is shown, missing, suppressed or withheld.</summary>
    public GroupFigureState State { get; }

    /// <summary>The value a gap is worked out from: the value when shown, otherwise none.</summary>
    public decimal? Judgeable => State == GroupFigureState.Shown ? Value : null;

    /// <summary>A shown figure of <paramref name="value"/>; no value is <see cref="Missing"/>.</summary>
    public static GroupFigure Of(decimal? value) => value is { } v ? new(v, GroupFigureState.Shown) : Missing;

    /// <summary>A figure withheld for data quality: its value is kept but takes part in no gap.</summary>
    public static GroupFigure Withheld(decimal? value) => new(value, GroupFigureState.Withheld);
}

/// <summary>What a <see cref="GroupFigure"/> holds.</summary>
public enum GroupFigureState
{
    /// <summary>No figure for the group.</summary>
    Missing,

    /// <summary>A value shown and used.</summary>
    Shown,

    /// <summary>Suppressed (<c>c</c>): no value is known.</summary>
    Suppressed,

    /// <summary>Withheld as not fit to judge.</summary>
    Withheld,
}
