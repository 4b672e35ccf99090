namespace Waymark.Data.Framework;

/// <summary>A directorate of a council, such as Children's Services.</summary>
public sealed class Directorate
{
    public int Id { get; set; }

    public int CouncilId { get; set; }

    public required string Name { get; set; }
}
