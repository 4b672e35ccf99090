using Waymark.Ratings;
using Waymark.Trackers;

namespace Waymark.Web.Performance;

/// <summary>A tracker as a list shows it.</summary>
public sealed record TrackerLine(int Id, string PriorityCode, string PriorityTitle, string Period, Rating Rating, TrackerState State);
