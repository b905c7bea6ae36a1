namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// What a problem report is about, as <see cref="ProblemConcepts"/> reads it: the things that are wrong, where, how, and
/// the floors, units, sides (左/右, 东/西/南/北, 入口/出口) and identifiers (room and parking numbers: 702, b-108) where it is;
/// and every floor and identifier the report names, the reporter's own flat and the neighbour's it is told from included
/// (<see cref="NamedFloors"/>, <see cref="NamedIdentifiers"/>): a leak from 602 into 502 may be told from either flat.
/// </summary>
public sealed record ProblemProfile(
    IReadOnlySet<ProblemConcept> Objects,
    IReadOnlySet<ProblemConcept> Places,
    IReadOnlySet<ProblemConcept> Symptoms,
    IReadOnlySet<int> Floors,
    IReadOnlySet<int> Units,
    IReadOnlySet<char> Sides,
    IReadOnlySet<string> Identifiers,
    IReadOnlySet<int> NamedFloors,
    IReadOnlySet<string> NamedIdentifiers);
