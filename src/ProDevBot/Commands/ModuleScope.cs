using ProDevBot.Cohorts;
using ProDevBot.Curriculum;

namespace ProDevBot.Commands;

/// <summary>The module a reply is about, and the student's cohort when its dates apply to that module.</summary>
public sealed record ModuleScope(Module Module, Cohort? Cohort, CohortCalendar? Calendar);
