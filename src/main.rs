fn main() {
    heartstopper_widget::start();
}
