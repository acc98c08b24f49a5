/**
 * PostgreSQL's names for the error codes a metric query meets (Appendix A of its
 * manual), so a failure can be named without repeating the server's message, which
 * may quote a row's data, a user name or a host.
 */
const conditions: Readonly<Record<string, string>> = {
  '08001': 'sqlclient_unable_to_establish_sqlconnection',
  '08006': 'connection_failure',
  '08P01': 'protocol_violation',
  '0A000': 'feature_not_supported',
  '22003': 'numeric_value_out_of_range',
  '22007': 'invalid_datetime_format',
  '22008': 'datetime_field_overflow',
  '22012': 'division_by_zero',
  '22P02': 'invalid_text_representation',
  '25001': 'active_sql_transaction',
  '25006': 'read_only_sql_transaction',
  '25P02': 'in_failed_sql_transaction',
  '28000': 'invalid_authorization_specification',
  '28P01': 'invalid_password',
  '3D000': 'invalid_catalog_name',
  '3F000': 'invalid_schema_name',
  '42501': 'insufficient_privilege',
  '42601': 'syntax_error',
  '42602': 'invalid_name',
  '42702': 'ambiguous_column',
  '42703': 'undefined_column',
  '42725': 'ambiguous_function',
  '42803': 'grouping_error',
  '42804': 'datatype_mismatch',
  '42883': 'undefined_function',
  '42P01': 'undefined_table',
  '42P02': 'undefined_parameter',
  '42P18': 'indeterminate_datatype',
  '53300': 'too_many_connections',
  '54001': 'statement_too_complex',
  '57014': 'query_canceled',
  '57P01': 'admin_shutdown',
  '57P03': 'cannot_connect_now',
};

/** The first two characters say the class. */
const classes: Readonly<Record<string, string>> = {
  '08': 'connection exception',
  '0A': 'feature not supported',
  '22': 'data exception',
  '23': 'integrity constraint violation',
  '25': 'invalid transaction state',
  '28': 'invalid authorization specification',
  '3D': 'invalid catalog name',
  '42': 'syntax error or access rule violation',
  '53': 'insufficient resources',
  '54': 'program limit exceeded',
  '57': 'operator intervention',
  XX: 'internal error',
};

/** "undefined_column", or the class for a code not listed ("data exception"). */
export function sqlCondition(code: string): string {
  return conditions[code] ?? classes[code.slice(0, 2)] ?? 'an error';
}
