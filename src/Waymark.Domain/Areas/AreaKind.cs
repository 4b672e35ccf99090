namespace Waymark.Areas;

/// <summary>What an area that figures are published for stands for.</summary>
public enum AreaKind
{
    /// <summary>A local authority, known by its three-digit DfE number (Leeds is 383).</summary>
    LocalAuthority = 1,

    /// <summary>A region of England, or Inner or Outer London, known by its name.</summary>
    Region = 2,

    /// <summary>England as a whole.</summary>
    England = 3,

    /// <summary>The average of an LA's statistical neighbours, written <c>Statistical neighbours</c> in <c>comparators.csv</c>.</summary>
    StatisticalNeighbours = 4,
}
