namespace BuildingBot.Dialogs.Understanding;

/// <summary>One concept of the problem thesaurus: its kind (o, p, s), name and weight (2 for a specific part, 1 for a carrier).</summary>
public sealed record ProblemConcept(char Kind, string Name, double Weight);
