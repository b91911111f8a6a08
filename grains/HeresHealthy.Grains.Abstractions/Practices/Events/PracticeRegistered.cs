namespace HeresHealthy.Grains.Abstractions.Practices.Events;

public sealed record PracticeRegistered(PracticeProfile Profile);
