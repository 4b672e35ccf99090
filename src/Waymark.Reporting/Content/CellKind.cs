namespace Waymark.Reporting.Content;

/// <summary>What a <see cref="ReportCell"/> holds, which says how a writer paints it.</summary>
public enum CellKind
{
    /// <summary>Words.</summary>
    Text,

    /// <summary>A value written with its unit (and the period of a comparator), with the number behind it.</summary>
    Figure,

    /// <summary>A rating, with its word (and the reason when it is not rated), painted in its colour where a format has colours.</summary>
    Rating,

    /// <summary>A direction of travel, its arrow with its words.</summary>
    Direction,

    /// <summary>A tracker's agreed rating (or <c>Not agreed</c>) followed by its direction of travel.</summary>
    Progress,

    /// <summary>An assessment score carried forward from the previous round, so provisional: shaded where a format has shading.</summary>
    CarriedForward,

    /// <summary>A count of people, or a figure worked out from one, kept back as <c>c</c>; its note says why.</summary>
    Suppressed,
}
