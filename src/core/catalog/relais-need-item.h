/* relais-need-item.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-catalog.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_NEED_ITEM (relais_need_item_get_type ())

G_DECLARE_FINAL_TYPE (RelaisNeedItem, relais_need_item, RELAIS, NEED_ITEM, GObject)

RelaisNeedItem *relais_need_item_new        (RelaisCatalog  *catalog,
                                             RelaisNeed     *need);
RelaisNeed     *relais_need_item_get_need   (RelaisNeedItem *self);
GListModel     *relais_need_items_new       (RelaisCatalog  *catalog);

G_END_DECLS
