<?php
/**
 * Plugin Name:       Heartstopper widget
 * Description:       The [heartstopper] shortcode: the Heartstopper cast grid and season timeline (&lt;heartstopper-widget&gt;) in any post, for every user who can write one. Example: [heartstopper season="2" view="timeline"]
 * Version:           0.0.0
 * Requires at least: 5.0
 * Requires PHP:      7.0
 * License:           MIT
 *
 * It lives in the folder of the release zip, next to heartstopper-widget.js,
 * and loads that script (a JavaScript module) only on pages that show the
 * shortcode. The shortcode passes on the element's own attributes, escaped,
 * and drops any other, so it needs no unfiltered_html: WordPress keeps a
 * shortcode for authors and contributors, where it would remove a <script>.
 */

defined('ABSPATH') || exit;

/**
 * The attributes the shortcode passes on to <heartstopper-widget>, written
 * by the build from the widget's parameter table (src/params.rs).
 */
function heartstopper_widget_attributes() {
    return array(/* @generated: the element's attributes */);
}

/** Those of them that hold a URL (escaped as one). */
function heartstopper_widget_url_attributes() {
    return array(/* @generated: the URL attributes */);
}

function heartstopper_widget_shortcode($atts) {
    $atts = is_array($atts) ? $atts : array();
    $plugin = get_file_data(__FILE__, array('version' => 'Version'));
    wp_enqueue_script('heartstopper-widget', plugins_url('heartstopper-widget.js', __FILE__), array(), $plugin['version'], true);
    // One screen of room from the page's first frame, as the README's two
    // lines keep it: nothing visible moves when the widget shows.
    $html = '<heartstopper-widget style="display:block;min-height:100vh"';
    foreach (heartstopper_widget_attributes() as $name) {
        if (!isset($atts[$name]) || !is_scalar($atts[$name])) {
            continue;
        }
        $value = in_array($name, heartstopper_widget_url_attributes(), true) ? esc_url($atts[$name]) : esc_attr($atts[$name]);
        $html .= ' ' . $name . '="' . $value . '"';
    }
    return $html . '></heartstopper-widget>';
}
add_shortcode('heartstopper', 'heartstopper_widget_shortcode');

/** The element's script is a module: <script type="module">, whatever the theme. */
function heartstopper_widget_module_tag($tag, $handle) {
    if ($handle !== 'heartstopper-widget') {
        return $tag;
    }
    $tag = preg_replace('/\stype=([\'"])text\/javascript\1/', '', $tag);
    return preg_replace('/<script\b/', '<script type="module"', $tag, 1);
}
add_filter('script_loader_tag', 'heartstopper_widget_module_tag', 10, 2);
