package org.papergraph.graph.neo4j;

import java.util.List;
import java.util.regex.Pattern;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.internal.kernel.api.procs.ProcedureSignature;
import org.neo4j.internal.kernel.api.procs.QualifiedName;
import org.neo4j.kernel.api.QueryLanguage;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Unloads every procedure but the listed ones. Neo4j's own allow-list setting only governs plugin procedures; the
 * built-in ones (configuration listings, JMX, query caches...) stay callable by anyone who can connect, so they are
 * taken out of the registry after start, before any query is planned.
 */
final class ProcedureAllowlist {

    private ProcedureAllowlist() {
    }

    /** @param names fully qualified names; a trailing {@code .*} allows a whole namespace */
    static void apply(DatabaseManagementService dbms, List<String> names) {
        Pattern allowed = Pattern.compile(String.join("|", names.stream()
                .map(n -> n.endsWith(".*") ? Pattern.quote(n.substring(0, n.length() - 1)) + ".+" : Pattern.quote(n))
                .toList()));
        GlobalProcedures procedures = ((GraphDatabaseAPI) dbms.database("system")).getDependencyResolver()
                .resolveDependency(GlobalProcedures.class);
        for (QueryLanguage language : QueryLanguage.ALL) {
            List<QualifiedName> refused = procedures.getCurrentView().getAllProcedures(language)
                    .map(ProcedureSignature::name)
                    .filter(name -> !allowed.matcher(name.toString()).matches())
                    .toList();
            refused.forEach(procedures::unregister);
        }
    }
}
