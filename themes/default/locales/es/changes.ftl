# Qué cambió en el plan: líneas de cambio y títulos de sección (src/diff).
c_section_partners = Socios
c_section_competitors = Mapa competitivo
c_section_tiers = Modelo de niveles
c_section_decisions = Decisiones
c_section_okrs = OKR
c_section_roadmap = Hoja de ruta
c_section_governance = Gobernanza
c_section_company = Empresa y tesis
c_section_rules = Infracciones de reglas
c_section_check = Revisión del plan
c_check_errors = { $after ->
    [one] { $after } error
   *[other] { $after } errores
 } ahora, { $before ->
    [one] { $before } error
   *[other] { $before } errores
 } en { $since }
c_check_warnings = { $after ->
    [one] { $after } advertencia
   *[other] { $after } advertencias
 } ahora, { $before ->
    [one] { $before } advertencia
   *[other] { $before } advertencias
 } en { $since }
c_line = { $subject }: { $text }
c_arrow = { $from } → { $to }
c_none = ninguno
c_yes = sí
c_no = no
c_years = { $n ->
    [one] { $n } año
   *[other] { $n } años
 }
c_or = { $a } o { $b }
c_join = { $a }, { $b }
c_clauses = { $a }; { $b }
c_outcome_build = Desarrollar
c_outcome_partner = Asociarse
c_outcome_acquire = Adquirir
c_no_outcome = ningún resultado
c_partner_added = añadido como { $tier }, puntuación { $score } ({ $band })
c_partner_removed = eliminado (era { $tier }, puntuación { $score }, { $band })
c_score = puntuación { $from } → { $to }
c_score_band = puntuación { $from } → { $to } ({ $band_from } → { $band_to })
c_tier_promotion = nivel { $from } → { $to } (ascenso)
c_tier_demotion = nivel { $from } → { $to } (descenso)
c_target_tier = nivel objetivo { $from } → { $to }
c_status = estado { $from } → { $to }
c_locked = ahora vinculado en exclusiva a { $competitors }
c_unlocked = ya no está vinculado en exclusiva a { $competitors }
c_competitor_added = competidor añadido al mapa
c_competitor_removed = competidor eliminado del mapa
c_decision_added = añadida: { $outcome } ({ $status })
c_decision_removed = eliminada (era { $outcome }, { $status })
c_decision_changed = decisión { $from } → { $to }
c_matrix_outcome = resultado de la matriz { $from } → { $to }
c_objective_added = objetivo añadido con { $n ->
    [one] { $n } resultado clave
   *[other] { $n } resultados clave
 }
c_objective_removed = objetivo eliminado
c_kr_added = resultado clave añadido a «{ $objective }»
c_kr_removed = resultado clave eliminado de «{ $objective }»
c_target = objetivo { $change }
c_current = valor actual { $change }
c_current_better = valor actual { $change } (mejor)
c_current_worse = valor actual { $change } (peor)
c_progress_baseline = avance desde la base de { $baseline } { $from } → { $to }
c_progress_of_target = { $from } → { $to } del objetivo
c_progress_lower = avance { $from } → { $to } (objetivo ÷ valor actual)
c_roadmap_added = añadido a { $quarter } ({ $status })
c_roadmap_removed = eliminado de { $quarter } (era { $status })
c_roadmap_status = estado en { $quarter } { $from } → { $to }
c_roadmap_moved = movido de { $from } a { $to }
c_raci_cell = { $role } { $change }
c_raci_row_added = fila RACI añadida (A: { $accountable }; R: { $responsible })
c_raci_row_removed = fila RACI eliminada
c_sponsor_added = patrocinador ejecutivo designado ({ $partner } ↔ { $ours })
c_sponsor_removed = patrocinador ejecutivo eliminado
c_field = { $field } { $change }
c_reworded = { $field } reformulado
c_list = { $field }: { $edits }
c_list_added = añadidos { $items }
c_list_removed = eliminados { $items }
c_list_reordered = reordenados: { $items }
c_subject_company = Empresa
c_subject_program = Programa
c_subject_scoring = Puntuación
c_subject_thesis = Tesis
c_subject_raci = RACI
c_subject_platinum_tier = Nivel Platino
c_subject_gold_tier = Nivel Oro
c_subject_silver_tier = Nivel Plata
c_subject_registered_tier = Nivel Registrado
c_field_name = nombre
c_field_pipeline_range = rango de pipeline
c_field_certified_individuals_required = personas certificadas requeridas
c_field_dedicated_practice_required = práctica dedicada requerida
c_field_mdf_per_year = MDF por año
c_field_minimum_joint_gtm_activities = actividades GTM conjuntas mínimas
c_field_review_cadence = frecuencia de revisión
c_field_deal_registration_days = días de registro de oportunidades
c_field_partners_per_pam = socios por PAM
c_field_benefits = beneficios
c_field_commitments = compromisos
c_field_roles = roles
c_field_partner_executive = directivo del socio
c_field_our_counterpart = nuestro interlocutor
c_field_cadence = frecuencia
c_field_description = descripción
c_field_category = categoría
c_field_current_arr = ARR actual
c_field_target_arr = ARR objetivo
c_field_currency = moneda
c_field_icps = ICP
c_field_markets = mercados
c_field_partner_share_of_arr = participación de socios en el ARR
c_field_horizon = horizonte
c_field_north_star = estrella polar
c_field_roadmap_year = año de la hoja de ruta
c_field_partner_sourced_arr = ARR generado por socios
c_field_weight_of_icp_client_overlap = peso de la coincidencia de clientes ICP
c_field_weight_of_market_influence = peso de la influencia en el mercado
c_field_weight_of_practice_alignment = peso de la alineación de prácticas
c_field_weight_of_partnership_appetite = peso del interés en la asociación
c_field_weight_of_revenue_potential = peso del potencial de ingresos
c_field_priority_band_threshold = umbral de la banda Prioridad
c_field_secondary_band_threshold = umbral de la banda Secundaria
c_field_market_velocity_gap = brecha de velocidad de mercado
c_field_credibility_gap = brecha de credibilidad
c_field_delivery_gap = brecha de entrega
c_field_geographic_gap = brecha geográfica
c_field_cost_efficiency = eficiencia de costes
c_field_competitive_pressure = presión competitiva
c_field_partnership_models = modelos de asociación
c_field_partner_types = tipos de socios
c_field_mechanism = mecanismo
c_field_adjacent_use_cases = casos de uso adyacentes
c_field_prose = texto
c_field_pipeline = pipeline
c_field_landscape = panorama de socios
c_field_certified_individuals = personas certificadas
c_field_dedicated_practice = práctica dedicada
c_field_joint_business_plan = plan de negocio conjunto
c_field_qbr = QBR
c_field_joint_gtm_activities = actividades GTM conjuntas
c_field_named_pam_at_the_partner = PAM designado en el socio
c_field_models = modelos
c_field_mdf = MDF
c_field_pam = PAM
c_field_inbound = entrante
c_field_partners_held = socios vinculados
c_field_title = título
c_field_review_date = fecha de revisión
c_field_partner_considered = socio considerado
c_field_supersedes = sustituye a
c_field_rationale = justificación
c_field_objective = objetivo
c_field_text = texto
c_field_direction = sentido
c_field_due = vencimiento
c_field_theme = tema
c_field_owner = responsable
c_field_partners = socios
