namespace ProDevBot.Curriculum.Import;

/// <summary>The pages the importer reads. Everything else in a module folder is ignored on purpose.</summary>
internal enum SitePageKind
{
    Index,
    LearningGoals,
    Week,
    RepeatPlan,
}
