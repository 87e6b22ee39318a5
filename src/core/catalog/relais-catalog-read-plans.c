/* relais-catalog-read-plans.c — the plans of proprietary.json (what people
 * pay, and to whom), and what a tool says of its plan and of its closure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-catalog"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "relais-catalog-private.h"
#include "relais-json-read.h"

static const char * const per_ids[] = { "user-month", "user-year", "month", "year", "licence", NULL };
static const char * const nonprofit_ids[] = { "free", "discount", NULL };

/* YYYY-MM-DD, or also YYYY-MM when @month_enough: the shape, and a real day. */
static gboolean
is_date (const char *text,
         gboolean    month_enough)
{
  static const char shape[] = "dddd-dd-dd";
  gsize length = strlen (text);
  guint year, month, day = 1;

  if (length != 10 && !(month_enough && length == 7))
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (shape[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != '-')
      return FALSE;

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  if (length == 10)
    day = (guint) g_ascii_strtoull (text + 8, NULL, 10);

  return g_date_valid_dmy (day, month, year);
}

static gboolean
read_date (JsonObject        *object,
           const char        *member,
           gboolean           required,
           gboolean           month_enough,
           char             **out,
           RelaisJsonReader  *reader,
           GError           **error)
{
  JsonNode *node = json_object_get_member (object, member);

  /* Some price pages show no date: "" says so, as does an absent member. */
  if (!required && node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING && json_node_get_string (node)[0] == '\0')
    {
      *out = NULL;
      return TRUE;
    }
  if (!relais_json_read_string (object, member, required, out, reader, error))
    return FALSE;
  if (*out != NULL && !is_date (*out, month_enough))
    return relais_json_fail (reader, error, member, month_enough ? "not a date (YYYY-MM or YYYY-MM-DD)"
                                                                 : "not a date (YYYY-MM-DD)");
  return TRUE;
}

static gboolean
is_currency (const char *code)
{
  return strlen (code) == 3 && g_ascii_isupper (code[0]) && g_ascii_isupper (code[1]) && g_ascii_isupper (code[2]);
}

/* Descends into the optional object @member, for the messages: @out is
 * NULL when it is absent. FALSE when it is not an object. */
static gboolean
enter (JsonObject        *object,
       const char        *member,
       const char        *parent_path,
       JsonObject       **out,
       RelaisJsonReader  *reader,
       GError           **error)
{
  GError *local_error = NULL;
  JsonNode *node = relais_json_member (object, member, JSON_NODE_OBJECT, G_TYPE_INVALID, FALSE, reader, &local_error);

  *out = NULL;
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (node != NULL)
    {
      g_string_printf (reader->path, "%s.%s", parent_path, member);
      *out = json_node_get_object (node);
    }
  return TRUE;
}

static gboolean
read_secondary (JsonObject        *object,
                gboolean          *out,
                RelaisJsonReader  *reader,
                GError           **error)
{
  JsonNode *node = json_object_get_member (object, "secondary");

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return relais_json_fail (reader, error, "secondary", "wrong type");
  *out = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
read_price (JsonObject        *object,
            RelaisPrice      **out,
            RelaisJsonReader  *reader,
            GError           **error)
{
  g_autofree char *saved_path = g_strdup (reader->path->str);
  JsonObject *price_object = NULL;
  RelaisPrice *price;
  JsonNode *amount;
  guint per = 0;

  if (!enter (object, "price", saved_path, &price_object, reader, error))
    return FALSE;
  if (price_object == NULL)
    return TRUE;

  price = *out = g_new0 (RelaisPrice, 1);
  amount = relais_json_member (price_object, "amount", JSON_NODE_VALUE, G_TYPE_DOUBLE, TRUE, reader, error);
  if (amount == NULL)
    return FALSE;
  if (json_node_get_double (amount) < 0)
    return relais_json_fail (reader, error, "amount", "negative");
  /* A licence price above ten million is a typo, and would overflow the sums. */
  if (json_node_get_double (amount) > 1e7)
    return relais_json_fail (reader, error, "amount", "too large");
  price->cents = relais_euros_to_cents (json_node_get_double (amount));

  if (!relais_json_read_string (price_object, "currency", TRUE, &price->currency, reader, error) ||
      !relais_catalog_read_enum (price_object, "per", per_ids, &per, reader, error) ||
      !relais_json_read_string (price_object, "billing", FALSE, &price->billing, reader, error) ||
      !read_date (price_object, "as_of", FALSE, TRUE, &price->as_of, reader, error) ||
      !relais_json_read_string (price_object, "source", TRUE, &price->source, reader, error) ||
      !read_date (price_object, "checked", TRUE, FALSE, &price->checked, reader, error) ||
      !read_date (price_object, "rise", FALSE, FALSE, &price->rise, reader, error) ||
      !relais_json_read_string (price_object, "rise_source", price->rise != NULL, &price->rise_source, reader, error))
    return FALSE;
  if (!is_currency (price->currency))
    return relais_json_fail (reader, error, "currency", "not an ISO 4217 code");
  price->per = g_strdup (per_ids[per]);

  g_string_assign (reader->path, saved_path);
  return TRUE;
}

static gboolean
read_nonprofit (JsonObject             *object,
                RelaisNonprofitOffer  **out,
                RelaisJsonReader       *reader,
                GError                **error)
{
  g_autofree char *saved_path = g_strdup (reader->path->str);
  JsonObject *offer_object = NULL;
  RelaisNonprofitOffer *offer;
  guint kind = 0;

  if (!enter (object, "nonprofit", saved_path, &offer_object, reader, error))
    return FALSE;
  if (offer_object == NULL)
    return TRUE;

  offer = *out = g_new0 (RelaisNonprofitOffer, 1);
  if (!relais_catalog_read_enum (offer_object, "offer", nonprofit_ids, &kind, reader, error) ||
      !relais_json_read_name (offer_object, "name", TRUE, "catalog", &offer->name, reader, error) ||
      !relais_json_read_string (offer_object, "note", FALSE, &offer->note, reader, error) ||
      !relais_json_read_string (offer_object, "source", TRUE, &offer->source, reader, error) ||
      !read_date (offer_object, "checked", TRUE, FALSE, &offer->checked, reader, error) ||
      !read_secondary (offer_object, &offer->secondary, reader, error))
    return FALSE;
  offer->kind = kind;

  g_string_assign (reader->path, saved_path);
  return TRUE;
}

static gboolean
read_plan (RelaisCatalog     *self,
           JsonObject        *object,
           RelaisJsonReader  *reader,
           GError           **error)
{
  RelaisPricePlan *plan = g_new0 (RelaisPricePlan, 1);

  plan->includes = g_ptr_array_new ();
  plan->tools = g_ptr_array_new ();
  g_ptr_array_add (self->plans, plan);

  if (!relais_json_read_string (object, "id", TRUE, &plan->id, reader, error))
    return FALSE;
  if (g_hash_table_contains (self->plans_by_id, plan->id))
    return relais_json_fail (reader, error, "id", "used twice");
  if (!relais_json_read_name (object, "name", TRUE, "catalog", &plan->name, reader, error) ||
      !relais_json_read_string (object, "vendor", TRUE, &plan->vendor, reader, error) ||
      !read_price (object, &plan->price, reader, error) ||
      !read_nonprofit (object, &plan->nonprofit, reader, error))
    return FALSE;

  g_hash_table_insert (self->plans_by_id, plan->id, plan);
  return TRUE;
}

/**
 * relais_catalog_read_plans:
 * @root: proprietary.json's top object
 *
 * Reads its "plans", before the tools that name them.
 */
gboolean
relais_catalog_read_plans (RelaisCatalog     *self,
                           JsonObject        *root,
                           RelaisJsonReader  *reader,
                           GError           **error)
{
  JsonNode *node = relais_json_member (root, "plans", JSON_NODE_ARRAY, G_TYPE_INVALID, TRUE, reader, error);
  JsonArray *array;

  if (node == NULL)
    return FALSE;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      g_string_printf (reader->path, "plans[%u]", i);
      if (!JSON_NODE_HOLDS_OBJECT (element))
        return relais_json_fail (reader, error, NULL, "not an object");
      if (!read_plan (self, json_node_get_object (element), reader, error))
        return FALSE;
    }

  /* Once all are known: a plan may include one listed after it. */
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      RelaisPricePlan *plan = g_ptr_array_index (self->plans, i);
      g_auto(GStrv) includes = NULL;

      g_string_printf (reader->path, "plans[%u]", i);
      if (!json_object_has_member (object, "includes"))
        continue;
      if (!relais_json_read_strv (object, "includes", &includes, reader, error))
        return FALSE;
      for (guint j = 0; includes[j] != NULL; j++)
        {
          RelaisPricePlan *included = g_hash_table_lookup (self->plans_by_id, includes[j]);

          if (included == NULL || included == plan)
            return relais_json_fail (reader, error, "includes", "no such other plan");
          g_ptr_array_add (plan->includes, included);
        }
    }

  return TRUE;
}

static gboolean
read_closure (JsonObject         *object,
              RelaisClosure     **out,
              RelaisJsonReader   *reader,
              GError            **error)
{
  g_autofree char *saved_path = g_strdup (reader->path->str);
  JsonObject *closed = NULL;
  RelaisClosure *closure;

  if (!enter (object, "closed", saved_path, &closed, reader, error))
    return FALSE;
  if (closed == NULL)
    return TRUE;

  closure = *out = g_new0 (RelaisClosure, 1);
  if (!read_date (closed, "date", TRUE, FALSE, &closure->date, reader, error) ||
      !relais_json_read_string (closed, "instead", TRUE, &closure->instead, reader, error) ||
      !relais_json_read_string (closed, "source", TRUE, &closure->source, reader, error) ||
      !read_date (closed, "checked", TRUE, FALSE, &closure->checked, reader, error) ||
      !read_secondary (closed, &closure->secondary, reader, error))
    return FALSE;

  g_string_assign (reader->path, saved_path);
  return TRUE;
}

/**
 * relais_catalog_read_tool_plan:
 *
 * Reads a tool's "plan" (the id of the plan that covers it) and "closed".
 * A price belongs to a plan, never to a tool: a tool's "price" is refused.
 */
gboolean
relais_catalog_read_tool_plan (RelaisCatalog          *self,
                               RelaisProprietaryTool  *tool,
                               JsonObject             *object,
                               RelaisJsonReader       *reader,
                               GError                **error)
{
  g_autofree char *plan_id = NULL;

  if (json_object_has_member (object, "price"))
    return relais_json_fail (reader, error, "price", "belongs to a plan (see \"plans\")");
  if (!relais_json_read_string (object, "plan", FALSE, &plan_id, reader, error) ||
      !read_closure (object, &tool->closed, reader, error))
    return FALSE;

  if (plan_id != NULL)
    {
      tool->plan = g_hash_table_lookup (self->plans_by_id, plan_id);
      if (tool->plan == NULL)
        return relais_json_fail (reader, error, "plan", "no such plan");
      g_ptr_array_add (tool->plan->tools, tool);
    }

  return TRUE;
}
